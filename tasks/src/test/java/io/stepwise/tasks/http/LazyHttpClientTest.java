package io.stepwise.tasks.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyHttpClientTest {

  @Test
  void buildsTheClientOnFirstUseOnly() {
    AtomicInteger builds = new AtomicInteger();
    LazyHttpClient lazy =
        new LazyHttpClient(
            () -> {
              builds.incrementAndGet();
              return HttpClient.newHttpClient();
            });

    assertThat(builds).hasValue(0);
    HttpClient first = lazy.get();

    assertThat(lazy.get()).isSameAs(first);
    assertThat(builds).hasValue(1);
  }
}
