package io.stepwise.service.arn;

/** Where a Step Functions resource lives: the partition, region and account of its ARN. */
public record ArnScope(String partition, String region, String account) {

  public static ArnScope of(String region, String account) {
    return new ArnScope("aws", region, account);
  }

  String prefix() {
    return "arn:" + partition + ":states:" + region + ":" + account + ":";
  }
}
