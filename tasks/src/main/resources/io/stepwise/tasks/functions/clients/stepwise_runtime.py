"""Stepwise's Lambda runtime client for Python functions.

It speaks the Lambda Runtime API at AWS_LAMBDA_RUNTIME_API: it imports the handler module named by
_HANDLER from LAMBDA_TASK_ROOT, then loops: get the next event, call handler(event, context), post
the result or the error, as AWS's Python runtime does.
"""

import http.client
import importlib
import json
import os
import sys
import time
import traceback

RUNTIME_FILE = os.path.abspath(__file__)


class RuntimeApi:
    def __init__(self, endpoint):
        host, _, prefix = endpoint.partition("/")
        self.connection = http.client.HTTPConnection(host)
        self.base = ("/" + prefix if prefix else "") + "/2018-06-01/runtime"

    def request(self, method, path, body=None, headers=None):
        self.connection.request(method, self.base + path, body=body, headers=headers or {})
        response = self.connection.getresponse()
        return response, response.read()

    def next(self):
        return self.request("GET", "/invocation/next")

    def respond(self, request_id, body):
        self.request("POST", "/invocation/" + request_id + "/response", body,
                     {"Content-Type": "application/json"})

    def fail(self, path, error):
        self.request("POST", path, to_json(error).encode("utf-8"),
                     {"Content-Type": "application/json",
                      "Lambda-Runtime-Function-Error-Type": error["errorType"]})


def to_json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class LambdaContext:
    def __init__(self, request_id, deadline_ms, invoked_function_arn):
        self.aws_request_id = request_id
        self.invoked_function_arn = invoked_function_arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = None
        self.client_context = None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))


def stack_trace(error):
    """The frames of the function's code, without this client's own frames."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if os.path.abspath(frame.filename) != RUNTIME_FILE]
    return traceback.format_list(frames)


def error_document(error, request_id, error_type=None):
    return {
        "errorMessage": str(error),
        "errorType": error_type or type(error).__name__,
        "requestId": request_id,
        "stackTrace": stack_trace(error),
    }


def log_error(document):
    message = "[ERROR] " + document["errorType"] + ": " + document["errorMessage"]
    if document["stackTrace"]:
        message += "\nTraceback (most recent call last):\n" + "".join(document["stackTrace"])
    print(message, file=sys.stderr, flush=True)


def load_handler(spec):
    module_name, _, function_name = spec.rpartition(".")
    module_name = module_name.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise InitError("Runtime.ImportModuleError",
                        "Unable to import module '" + module_name + "': " + str(error))
    except SyntaxError as error:
        raise InitError("Runtime.UserCodeSyntaxError", "Syntax error in module '"
                        + module_name + "': " + str(error))
    handler = getattr(module, function_name, None)
    if handler is None:
        raise InitError("Runtime.HandlerNotFound",
                        "Handler '" + function_name + "' missing on module '" + module_name + "'")
    return handler


class InitError(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type


def invoke(api, handler, response, body):
    request_id = response.getheader("Lambda-Runtime-Aws-Request-Id")
    context = LambdaContext(request_id, int(response.getheader("Lambda-Runtime-Deadline-Ms")),
                            response.getheader("Lambda-Runtime-Invoked-Function-Arn"))
    os.environ["_X_AMZN_TRACE_ID"] = response.getheader("Lambda-Runtime-Trace-Id") or ""
    try:
        result = handler(json.loads(body) if body else None, context)
    except Exception as error:
        document = error_document(error, request_id)
        log_error(document)
        api.fail("/invocation/" + request_id + "/error", document)
        return
    try:
        payload = to_json(result).encode("utf-8")
    except (TypeError, ValueError) as error:
        document = {"errorMessage": "Unable to marshal response: " + str(error),
                    "errorType": "Runtime.MarshalError", "requestId": request_id,
                    "stackTrace": []}
        log_error(document)
        api.fail("/invocation/" + request_id + "/error", document)
        return
    sys.stdout.flush()
    sys.stderr.flush()
    api.respond(request_id, payload)


def main():
    api = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    sys.path.insert(0, task_root)
    try:
        handler = load_handler(os.environ["_HANDLER"])
    except Exception as error:
        error_type = error.error_type if isinstance(error, InitError) else type(error).__name__
        document = error_document(error, "", error_type)
        if isinstance(error, InitError):
            document["stackTrace"] = []
        log_error(document)
        api.fail("/init/error", document)
        sys.exit(1)
    while True:
        response, body = api.next()
        if response.status != 200:
            sys.exit(1)
        invoke(api, handler, response, body)


if __name__ == "__main__":
    main()
