// Stepwise's Lambda runtime client for Node.js functions.
//
// It speaks the Lambda Runtime API at AWS_LAMBDA_RUNTIME_API: it loads the handler named by
// _HANDLER from LAMBDA_TASK_ROOT (CommonJS, or an ES module for .mjs files), then loops: get the
// next event, call the handler (async, or with a callback), post the result or the error, as AWS's
// Node.js runtime does.
"use strict";

const http = require("http");
const path = require("path");
const fs = require("fs");
const { pathToFileURL } = require("url");

const endpoint = process.env.AWS_LAMBDA_RUNTIME_API;
const slash = endpoint.indexOf("/");
const [host, port] = (slash < 0 ? endpoint : endpoint.slice(0, slash)).split(":");
const base = (slash < 0 ? "" : endpoint.slice(slash)) + "/2018-06-01/runtime";
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(method, urlPath, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host, port, method, path: base + urlPath, agent, headers: headers || {} },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => resolve({ res, body: Buffer.concat(chunks).toString("utf8") }));
      }
    );
    req.on("error", reject);
    if (body !== undefined) {
      req.write(body);
    }
    req.end();
  });
}

function errorDocument(error) {
  const isError = error instanceof Error;
  return {
    errorType: isError ? error.name || error.constructor.name : "Error",
    errorMessage: isError ? error.message : String(error),
    trace: isError && error.stack ? error.stack.split("\n") : [],
  };
}

function postError(urlPath, document) {
  console.error(
    new Date().toISOString() + "\t" + "ERROR\t" + JSON.stringify(document)
  );
  return request("POST", urlPath, JSON.stringify(document), {
    "Content-Type": "application/json",
    "Lambda-Runtime-Function-Error-Type": document.errorType,
  });
}

class InitError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

async function loadHandler(taskRoot, spec) {
  const dot = spec.lastIndexOf(".");
  const moduleName = spec.slice(0, dot);
  const functionName = spec.slice(dot + 1);
  const base = path.resolve(taskRoot, moduleName);
  let module;
  try {
    if (fs.existsSync(base + ".mjs")) {
      module = await import(pathToFileURL(base + ".mjs").href);
    } else {
      module = require(fs.existsSync(base + ".cjs") ? base + ".cjs" : base);
    }
  } catch (error) {
    if (error.code === "MODULE_NOT_FOUND" && error.message.includes(base)) {
      throw new InitError("Runtime.ImportModuleError", "Error: Cannot find module '" + moduleName + "'");
    }
    throw error;
  }
  const handler = module[functionName];
  if (typeof handler !== "function") {
    throw new InitError("Runtime.HandlerNotFound", moduleName + "." + functionName + " is undefined or not exported");
  }
  return handler;
}

function context(res) {
  const deadline = Number(res.headers["lambda-runtime-deadline-ms"]);
  return {
    awsRequestId: res.headers["lambda-runtime-aws-request-id"],
    invokedFunctionArn: res.headers["lambda-runtime-invoked-function-arn"],
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

function call(handler, event, ctx) {
  if (handler.length >= 3) {
    return new Promise((resolve, reject) => {
      handler(event, ctx, (error, result) => (error ? reject(error) : resolve(result)));
    });
  }
  return Promise.resolve().then(() => handler(event, ctx));
}

async function invoke(handler, res, body) {
  const ctx = context(res);
  const id = ctx.awsRequestId;
  let result;
  try {
    result = await call(handler, body ? JSON.parse(body) : null, ctx);
  } catch (error) {
    await postError("/invocation/" + id + "/error", errorDocument(error));
    return;
  }
  const payload = result === undefined ? "null" : JSON.stringify(result);
  await request("POST", "/invocation/" + id + "/response", payload, {
    "Content-Type": "application/json",
  });
}

async function main() {
  const taskRoot = process.env.LAMBDA_TASK_ROOT || process.cwd();
  let handler;
  try {
    handler = await loadHandler(taskRoot, process.env._HANDLER);
  } catch (error) {
    await postError("/init/error", errorDocument(error));
    process.exit(1);
  }
  for (;;) {
    const { res, body } = await request("GET", "/invocation/next");
    if (res.statusCode !== 200) {
      process.exit(1);
    }
    await invoke(handler, res, body);
  }
}

main();
