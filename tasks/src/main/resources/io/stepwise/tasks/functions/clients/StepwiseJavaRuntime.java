// Stepwise's Lambda runtime client for Java functions (java17, java21), run by the machine's java as
// a single source file. It depends on nothing but the JDK: it finds the handler class of _HANDLER
// (a RequestHandler or a RequestStreamHandler of aws-lambda-java-core, which the function's code
// bundles) by reflection, gives it a Context, and converts events and results between JSON and
// Map, List, String, numbers and booleans (or any type, with Jackson when the code bundles it).

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class StepwiseJavaRuntime {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base = "http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime";
  private Object handler;
  private Method method;

  public static void main(String[] args) throws Exception {
    new StepwiseJavaRuntime().run();
  }

  private void run() throws Exception {
    try {
      load(System.getenv("_HANDLER"));
    } catch (Throwable error) {
      Throwable cause = unwrap(error);
      post("/init/error", errorDocument(cause), cause.getClass().getName());
      System.exit(1);
    }
    while (true) {
      HttpResponse<byte[]> next =
          http.send(HttpRequest.newBuilder(URI.create(base + "/invocation/next")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (next.statusCode() != 200) {
        System.exit(1);
      }
      String id = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElse("");
      try {
        byte[] result = invoke(next);
        System.out.flush();
        post("/invocation/" + id + "/response", result, null);
      } catch (Throwable error) {
        Throwable cause = unwrap(error);
        cause.printStackTrace();
        System.err.flush();
        post("/invocation/" + id + "/error", errorDocument(cause), cause.getClass().getName());
      }
    }
  }

  private void load(String spec) throws Exception {
    String[] parts = spec.split("::");
    Class<?> type = Class.forName(parts[0], true, Thread.currentThread().getContextClassLoader());
    handler = type.getDeclaredConstructor().newInstance();
    String name = parts.length > 1 ? parts[1] : "handleRequest";
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(name) && !candidate.isBridge()
          && (method == null || candidate.getParameterCount() > method.getParameterCount())) {
        method = candidate;
      }
    }
    if (method == null) {
      throw new NoSuchMethodException("Handler method " + name + " not found on " + type.getName());
    }
  }

  private byte[] invoke(HttpResponse<byte[]> next) throws Exception {
    Object context = context(next);
    Class<?>[] types = method.getParameterTypes();
    if (types.length == 3 && types[0] == InputStream.class) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      method.invoke(handler, new ByteArrayInputStream(next.body()), out, context);
      return out.toByteArray();
    }
    String body = new String(next.body(), StandardCharsets.UTF_8);
    Object[] arguments = new Object[types.length];
    if (types.length > 0) {
      arguments[0] = fromJson(body, types[0]);
    }
    if (types.length > 1) {
      arguments[1] = context;
    }
    return toJson(method.invoke(handler, arguments)).getBytes(StandardCharsets.UTF_8);
  }

  private Object context(HttpResponse<byte[]> next) throws ClassNotFoundException {
    ClassLoader loader = handler.getClass().getClassLoader();
    Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader);
    Class<?> loggerType = Class.forName("com.amazonaws.services.lambda.runtime.LambdaLogger", false, loader);
    Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (proxy, m, args) -> {
      if (m.getName().equals("log") && args != null && args.length > 0) {
        System.out.print(args[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : args[0]);
        System.out.flush();
      }
      return null;
    });
    long deadline = Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElse("0"));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("getAwsRequestId", next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElse(""));
    values.put("getInvokedFunctionArn", next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElse(""));
    values.put("getFunctionName", System.getenv("AWS_LAMBDA_FUNCTION_NAME"));
    values.put("getFunctionVersion", System.getenv("AWS_LAMBDA_FUNCTION_VERSION"));
    values.put("getLogGroupName", System.getenv("AWS_LAMBDA_LOG_GROUP_NAME"));
    values.put("getLogStreamName", System.getenv("AWS_LAMBDA_LOG_STREAM_NAME"));
    values.put("getMemoryLimitInMB", Integer.parseInt(System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")));
    values.put("getLogger", logger);
    return Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, m, args) -> switch (m.getName()) {
      case "getRemainingTimeInMillis" -> (int) Math.max(0, deadline - System.currentTimeMillis());
      case "toString" -> "LambdaContext";
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> values.get(m.getName());
    });
  }

  private void post(String path, byte[] body, String errorType) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (errorType != null) {
      request.header("Lambda-Runtime-Function-Error-Type", errorType);
    }
    http.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while (cause instanceof InvocationTargetException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** AWS's Java error document: the class name as errorType, frames as strings. */
  private static byte[] errorDocument(Throwable error) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("errorMessage", error.getMessage());
    document.put("errorType", error.getClass().getName());
    List<Object> frames = new ArrayList<>();
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().startsWith("jdk.internal.reflect")
          || frame.getClassName().equals(StepwiseJavaRuntime.class.getName())) {
        break;
      }
      frames.add(frame.toString());
    }
    document.put("stackTrace", frames);
    StringBuilder out = new StringBuilder();
    write(document, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Object fromJson(String json, Class<?> type) throws Exception {
    Object jackson = jackson();
    if (jackson != null) {
      return jackson.getClass().getMethod("readValue", String.class, Class.class).invoke(jackson, json, type);
    }
    Object value = new JsonReader(json).read();
    if (value instanceof BigDecimal number) {
      if (type == Integer.class || type == int.class) return number.intValue();
      if (type == Long.class || type == long.class) return number.longValue();
      if (type == Double.class || type == double.class) return number.doubleValue();
    }
    return value;
  }

  private String toJson(Object value) {
    try {
      Object jackson = jackson();
      if (jackson != null) {
        return (String) jackson.getClass().getMethod("writeValueAsString", Object.class).invoke(jackson, value);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private Object mapper;
  private boolean mapperLooked;

  private Object jackson() {
    if (!mapperLooked) {
      mapperLooked = true;
      try {
        mapper = Class.forName("com.fasterxml.jackson.databind.ObjectMapper", true,
            handler == null ? getClass().getClassLoader() : handler.getClass().getClassLoader())
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError absent) {
        mapper = null;
      }
    }
    return mapper;
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      out.append('"');
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
      out.append('"');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator);
        write(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof Iterable<?> items) {
      out.append('[');
      String separator = "";
      for (Object item : items) {
        out.append(separator);
        write(item, out);
        separator = ",";
      }
      out.append(']');
    } else if (value instanceof Object[] array) {
      write(Arrays.asList(array), out);
    } else {
      write(value.toString(), out);
    }
  }

  /** A minimal JSON reader: objects to LinkedHashMap, arrays to ArrayList, numbers to BigDecimal. */
  private static final class JsonReader {
    private final String text;
    private int at;

    JsonReader(String text) {
      this.text = text;
    }

    Object read() {
      skip();
      if (at >= text.length()) {
        return null;
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      skip();
      if (text.charAt(at) == '}') {
        at++;
        return map;
      }
      while (true) {
        skip();
        String key = string();
        skip();
        at++;
        map.put(key, read());
        skip();
        if (text.charAt(at++) == '}') {
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      at++;
      skip();
      if (text.charAt(at) == ']') {
        at++;
        return list;
      }
      while (true) {
        list.add(read());
        skip();
        if (text.charAt(at++) == ']') {
          return list;
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      at++;
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(escaped);
        }
      }
    }

    private Object literal(String word, Object value) {
      at += word.length();
      return value;
    }

    private BigDecimal number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      return new BigDecimal(text.substring(start, at));
    }

    private void skip() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
