package io.stepwise.service.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled models: each found under the names Step Functions gives its service. */
class ServiceShapesTest {

  @Test
  void everyBundledModelIsNamedAfterItsMetadata() {
    for (ServiceShapes shapes : ServiceShapes.bundled()) {
      String serviceId = shapes.metadata().path("serviceId").asText();
      assertThat(shapes.sdkName())
          .as("the SDK name of %s", serviceId)
          .isEqualTo(serviceId.toLowerCase(Locale.ROOT).replace(" ", ""));
      assertThat(shapes.endpointPrefix())
          .isEqualTo(shapes.metadata().path("endpointPrefix").asText());
      assertThat(ServiceShapes.bySdkName(shapes.sdkName())).containsSame(shapes);
      assertThat(ServiceShapes.byEndpointPrefix(shapes.endpointPrefix())).containsSame(shapes);
    }
  }

  @Test
  void optimizedAndSdkNamesDifferWhereStepFunctionsNamesThemApart() {
    assertThat(ServiceShapes.bySdkName("eventbridge"))
        .isEqualTo(ServiceShapes.byEndpointPrefix("events"));
    assertThat(ServiceShapes.bySdkName("sfn")).containsSame(ServiceShapes.STEP_FUNCTIONS);
    assertThat(ServiceShapes.byEndpointPrefix("states")).containsSame(ServiceShapes.STEP_FUNCTIONS);
    assertThat(ServiceShapes.bySdkName("events")).isEmpty();
  }

  @Test
  void outputModelsCompileTheirOperationsOutputs() {
    Shape.StructureShape encrypt =
        (Shape.StructureShape)
            ServiceShapes.bySdkName("kms").orElseThrow().output("Encrypt").orElseThrow();
    Shape blob = member(encrypt, "CiphertextBlob");
    assertThat(blob).isInstanceOf(Shape.BlobShape.class);
    assertThat(((Shape.BlobShape) blob).min()).contains(1L);
    assertThat(ServiceShapes.bySdkName("kms").orElseThrow().output("NoSuchOperation")).isEmpty();
  }

  @Test
  void theOverridesReplaceTheModelsConstraints() {
    Shape.StructureShape getFunction =
        (Shape.StructureShape) ServiceShapes.LAMBDA.output("GetFunction").orElseThrow();
    Shape.StructureShape configuration =
        (Shape.StructureShape) member(getFunction, "Configuration");
    Shape.NumberShape memory = (Shape.NumberShape) member(configuration, "MemorySize");
    assertThat(memory.min()).contains(128.0);
    assertThat(memory.max()).contains(10240.0);
  }

  private static Shape member(Shape.StructureShape structure, String name) {
    return structure.members().stream()
        .filter(member -> member.name().equals(name))
        .findFirst()
        .orElseThrow()
        .shape();
  }
}
