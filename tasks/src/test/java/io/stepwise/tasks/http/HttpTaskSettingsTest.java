package io.stepwise.tasks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpTaskSettingsTest {
  @TempDir Path dir;

  private HttpTaskSettings read(String json) throws Exception {
    Path file = dir.resolve("http.json");
    Files.writeString(file, json);
    return HttpTaskSettings.read(file);
  }

  @Test
  void readsConnectionsByNameAndMatchesThemByTheNameInTheArn() throws Exception {
    HttpTaskSettings settings =
        read(
            """
            {"allowedHosts":["API.example.com","127.0.0.1:9000"],
             "connections":{"Stripe":{"type":"API_KEY","headerName":"Authorization","value":"x"}}}""");

    assertThat(
            settings.connection(
                "arn:aws:events:us-east-2:123456789012:connection/Stripe/81210c42-8af1"))
        .hasValueSatisfying(
            c -> assertThat(c.authorization()).isInstanceOf(Connection.ApiKey.class));
    assertThat(settings.connection("arn:aws:events:us-east-2:1:connection/Other/1")).isEmpty();
    assertThat(settings.allows(URI.create("https://api.example.com/v1"))).isTrue();
    assertThat(settings.allows(URI.create("http://127.0.0.1:9000/x"))).isTrue();
    assertThat(settings.allows(URI.create("http://127.0.0.1:9001/x"))).isFalse();
  }

  @Test
  void namesTheFieldThatIsWrong() {
    assertThatThrownBy(
            () -> read("{\"connections\":{\"C\":{\"type\":\"BASIC\",\"username\":\"u\"}}}"))
        .hasMessageContaining("connections.C.password");
    assertThatThrownBy(() -> read("{\"connections\":{\"C\":{\"type\":\"TOKEN\"}}}"))
        .hasMessageContaining("connections.C.type");
  }

  @Test
  void neverShowsAConnectionsSecrets() {
    assertThat(new Connection("C", new Connection.Basic("u", "hunter2")).toString())
        .doesNotContain("hunter2");
    assertThat(new Connection.ApiKey("x-api-key", "k-secret").toString())
        .doesNotContain("k-secret");
    assertThat(new Connection.OAuthClientCredentials("https://t", "id", "pw-9").toString())
        .doesNotContain("pw-9");
  }
}
