package io.stepwise.tasks.s3;

import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.aws.RequestSigner;
import io.stepwise.tasks.aws.SigV4;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Buckets of an S3 endpoint (AWS's or an emulator's), addressed path-style ({@code
 * endpoint/bucket/key}) and signed with Signature V4 when credentials are set.
 */
public final class S3Buckets implements Buckets {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI endpoint;
  private final Optional<RequestSigner> signer;
  private final String region;

  public S3Buckets(URI endpoint, Optional<AwsCredentials> credentials, String region, Clock clock) {
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base : base + "/");
    this.signer = credentials.map(keys -> new RequestSigner(keys, "s3", clock));
    this.region = region;
  }

  @Override
  public byte[] get(String bucket, String key) throws BucketException {
    HttpResponse<byte[]> response = send("GET", object(bucket, key), new byte[0]);
    if (response.statusCode() == 404) {
      throw BucketException.noSuchKey(bucket, key, "");
    }
    return checked(response, "read s3://" + bucket + "/" + key).body();
  }

  @Override
  public void put(String bucket, String key, byte[] content) throws BucketException {
    checked(send("PUT", object(bucket, key), content), "write s3://" + bucket + "/" + key);
  }

  @Override
  public List<StoredObject> list(String bucket, String prefix) throws BucketException {
    List<StoredObject> objects = new ArrayList<>();
    String token = null;
    do {
      // The query's parameters are in the sorted order that the signature's canonical query needs.
      String query =
          (token == null ? "" : "continuation-token=" + SigV4.uriEncode(token, false) + "&")
              + "list-type=2&prefix="
              + SigV4.uriEncode(prefix, false);
      URI uri = endpoint.resolve(SigV4.uriEncode(bucket, false) + "?" + query);
      Element result = xml(checked(send("GET", uri, new byte[0]), "list the bucket " + bucket));
      NodeList contents = result.getElementsByTagName("Contents");
      for (int i = 0; i < contents.getLength(); i++) {
        objects.add(storedObject((Element) contents.item(i)));
      }
      token =
          "true".equals(text(result, "IsTruncated")) ? text(result, "NextContinuationToken") : null;
    } while (token != null);
    return objects;
  }

  private URI object(String bucket, String key) {
    return endpoint.resolve(SigV4.uriEncode(bucket, false) + "/" + SigV4.uriEncode(key, true));
  }

  private HttpResponse<byte[]> send(String method, URI uri, byte[] body) throws BucketException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    signer.ifPresent(s -> s.sign(request, method, uri, body, region));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new BucketException("Unable to execute HTTP request to " + uri + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BucketException("Interrupted while calling " + uri);
    }
  }

  private static HttpResponse<byte[]> checked(HttpResponse<byte[]> response, String what)
      throws BucketException {
    if (response.statusCode() / 100 != 2) {
      throw new BucketException(
          "Cannot "
              + what
              + ": S3 answered "
              + response.statusCode()
              + " "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
    return response;
  }

  private static Element xml(HttpResponse<byte[]> response) throws BucketException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
      return document.getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new BucketException("S3 answered a listing that is not XML: " + e.getMessage());
    }
  }

  private static StoredObject storedObject(Element contents) {
    return new StoredObject(
        text(contents, "Key"),
        Long.parseLong(text(contents, "Size")),
        text(contents, "ETag"),
        Instant.parse(text(contents, "LastModified")).getEpochSecond());
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }
}
