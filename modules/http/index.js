// http — the HTTP/1.1 server and client of the spec (http.Server,
// ServerRequest/ServerResponse, http.createClient, ClientRequest/
// ClientResponse) and today's API (http.request/get, Agent, setHeader...).
// Parsing is C (binding.HTTPParser over llhttp, with Node's limits); the plugin
// owns connection state: keep-alive, pipelining in order, chunked encoding,
// timeouts, upgrades and the error answers a public server needs.
//
// index.js gathers the exports of the parts, Node's _http_* split: common,
// incoming, outgoing, server, agent, client.

'use strict';

var { METHODS, STATUS_CODES, checkHeader } = require('./common');
var { IncomingMessage } = require('./incoming');
var { OutgoingMessage } = require('./outgoing');
var { Server, ServerResponse, createServer } = require('./server');
var { Agent, globalAgent } = require('./agent');
var { Client, ClientRequest, createClient, get, request } = require('./client');

exports.STATUS_CODES = STATUS_CODES;
exports.METHODS = METHODS.slice().sort();
exports.Server = Server;
exports.createServer = createServer;
exports.ServerResponse = ServerResponse;
exports.ServerRequest = IncomingMessage;
exports.IncomingMessage = IncomingMessage;
exports.OutgoingMessage = OutgoingMessage;
exports.ClientRequest = ClientRequest;
exports.ClientResponse = IncomingMessage;
exports.Agent = Agent;
exports.globalAgent = globalAgent;
exports.request = request;
exports.get = get;
exports.Client = Client;
exports.createClient = createClient;
exports.maxHeaderSize = 16384;
exports.validateHeaderName = function (name) { checkHeader(name, ''); };
exports.validateHeaderValue = function (name, value) { checkHeader('x', value); };
