"""What the wrk-driven benchmarks share: the command line
[BUILD_DIR] [--duration SECONDS] and the paths it leads to."""
import os, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def parse(default_duration=10):
    """(build dir, nodus binary, duration in seconds) from sys.argv."""
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    duration = default_duration
    if '--duration' in sys.argv:
        duration = int(sys.argv[sys.argv.index('--duration') + 1])
        args = [a for a in args if a != str(duration)]
    build = os.path.abspath(args[0] if args else os.path.join(root, 'build'))
    return build, os.path.join(build, 'loader', 'nodus'), duration
