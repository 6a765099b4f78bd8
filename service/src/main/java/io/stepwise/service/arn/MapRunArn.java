package io.stepwise.service.arn;

/**
 * {@code arn:aws:states:<region>:<account>:mapRun:<machine name>/<label>:<uuid>}, where the label
 * is the Distributed Map state's {@code Label} or, without one, a generated UUID.
 */
public record MapRunArn(ArnScope scope, String machineName, String label, String uuid)
    implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.MAP_RUN;
  }

  @Override
  public String toString() {
    return scope.prefix() + "mapRun:" + machineName + "/" + label + ":" + uuid;
  }
}
