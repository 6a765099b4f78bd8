package io.stepwise.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.model.QueryLanguage;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aMachineIsJsonPathUnlessItSaysOtherwise() throws Exception {
    assertThat(Languages.ofMachine(mapper.readTree("{}"))).isEqualTo(QueryLanguage.JSONPATH);
    assertThat(Languages.ofMachine(mapper.readTree("{\"QueryLanguage\":\"JSONata\"}")))
        .isEqualTo(QueryLanguage.JSONATA);
    assertThat(Languages.ofMachine(mapper.readTree("{\"QueryLanguage\":\"jsonata\"}")))
        .isEqualTo(QueryLanguage.JSONPATH);
  }

  @Test
  void aStateInheritsItsMachinesLanguageUnlessItHasItsOwn() throws Exception {
    assertThat(Languages.ofState(mapper.readTree("{}"), QueryLanguage.JSONATA))
        .isEqualTo(QueryLanguage.JSONATA);
    assertThat(
            Languages.ofState(
                mapper.readTree("{\"QueryLanguage\":\"JSONPath\"}"), QueryLanguage.JSONATA))
        .isEqualTo(QueryLanguage.JSONPATH);
    assertThat(Languages.named(null)).isNull();
  }
}
