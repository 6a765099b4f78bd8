package io.stepwise.tasks.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ItemFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode items(String content, String config) throws Exception {
    return ItemFiles.items(
        content.getBytes(StandardCharsets.UTF_8), ReaderConfig.of(JSON.readTree(config)));
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void aJsonFileHoldsAnArrayOfItems() throws Exception {
    assertThat(items("[1,{\"a\":2},\"x\"]", "{\"InputType\":\"JSON\"}"))
        .isEqualTo(json("[1,{'a':2},'x']"));
    assertThatThrownBy(() -> items("{\"a\":1}", "{\"InputType\":\"JSON\"}"))
        .isInstanceOf(BucketException.class)
        .hasMessage("Expected the JSON file to hold an array, but it holds {\"a\":1}");
    assertThatThrownBy(() -> items("[1,", "{\"InputType\":\"JSON\"}"))
        .hasMessageStartingWith("The JSON file is not valid JSON");
  }

  @Test
  void aJsonLinesFileHoldsOneItemALineAndSkipsBlankLines() throws Exception {
    assertThat(items("{\"a\":1}\r\n\n[2]\n3\n", "{\"InputType\":\"JSONL\"}"))
        .isEqualTo(json("[{'a':1},[2],3]"));
    assertThatThrownBy(() -> items("1\n{x\n", "{\"InputType\":\"JSONL\"}"))
        .hasMessageStartingWith("Line 2 of the JSONL file is not valid JSON");
  }

  @Test
  void csvRowsBecomeObjectsOfStringsNamedByTheFirstRow() throws Exception {
    assertThat(items("id,name\n1,Ann\n2,Bob\n", "{\"InputType\":\"CSV\"}"))
        .isEqualTo(json("[{'id':'1','name':'Ann'},{'id':'2','name':'Bob'}]"));
  }

  @Test
  void quotedCsvFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
    String csv = "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\"\"\r\n";
    assertThat(items(csv, "{\"InputType\":\"CSV\"}"))
        .isEqualTo(json("[{'a':'x,y','b':'say \\'hi\\''},{'a':'two\\nlines','b':''}]").deepCopy());
  }

  @Test
  void givenHeadersNameEveryRowAndEachDelimiterSplitsFields() throws Exception {
    String given =
        "{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"GIVEN\",\"CSVHeaders\":[\"k\",\"v\"],"
            + "\"CSVDelimiter\":\"%s\"}";
    assertThat(items("a|1\nb|2", given.formatted("PIPE")))
        .isEqualTo(json("[{'k':'a','v':'1'},{'k':'b','v':'2'}]"));
    assertThat(items("a;1", given.formatted("SEMICOLON"))).isEqualTo(json("[{'k':'a','v':'1'}]"));
    assertThat(items("a 1", given.formatted("SPACE"))).isEqualTo(json("[{'k':'a','v':'1'}]"));
    assertThat(items("a\t1", given.formatted("TAB"))).isEqualTo(json("[{'k':'a','v':'1'}]"));
    assertThat(items("a,1", given.formatted("COMMA"))).isEqualTo(json("[{'k':'a','v':'1'}]"));
    assertThatThrownBy(() -> items("a,1", given.formatted("COLON")))
        .hasMessage("CSVDelimiter must be COMMA, PIPE, SEMICOLON, SPACE or TAB, but was COLON");
  }

  @Test
  void badCsvSaysWhichRow() throws Exception {
    assertThatThrownBy(() -> items("a,b\n1,2\n3\n", "{\"InputType\":\"CSV\"}"))
        .hasMessage("CSV row 3 has 1 fields, but there are 2 headers");
    assertThatThrownBy(() -> items("a\n\"open\n", "{\"InputType\":\"CSV\"}"))
        .hasMessage("CSV row 2 has a quoted field that is never closed");
    assertThatThrownBy(() -> items("a\n\"x\"y\n", "{\"InputType\":\"CSV\"}"))
        .hasMessage("CSV row 2 has text after the closing quote of a field: y");
    assertThatThrownBy(() -> items("", "{\"InputType\":\"CSV\"}"))
        .hasMessage("The CSV file has no header row");
    assertThatThrownBy(() -> items("1", "{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"GIVEN\"}"))
        .hasMessage("CSVHeaders must be an array of strings when CSVHeaderLocation is GIVEN");
  }

  @Test
  void maxItemsLimitsEveryFormat() throws Exception {
    assertThat(items("[1,2,3]", "{\"InputType\":\"JSON\",\"MaxItems\":2}"))
        .isEqualTo(json("[1,2]"));
    assertThat(items("1\n2\n3", "{\"InputType\":\"JSONL\",\"MaxItems\":1}")).isEqualTo(json("[1]"));
    assertThat(items("h\n1\n2\n3", "{\"InputType\":\"CSV\",\"MaxItems\":2}"))
        .isEqualTo(json("[{'h':'1'},{'h':'2'}]"));
    assertThatThrownBy(() -> items("[]", "{\"InputType\":\"JSON\",\"MaxItems\":-1}"))
        .hasMessage("MaxItems must be a non-negative integer, but was -1");
  }
}
