package io.stepwise.service.teststate;

import io.stepwise.tasks.s3.BucketException;
import io.stepwise.tasks.s3.Buckets;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The source that a mocked Map state's ItemReader reads in a test: every object it gets holds the
 * request's {@code mapItemReaderData}, which the reader then turns into items as its ReaderConfig
 * says. A test has nothing to list or write.
 */
final class ItemReaderData implements Buckets {

  private final byte[] data;

  ItemReaderData(String data) {
    this.data = data.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] get(String bucket, String key) {
    return data.clone();
  }

  @Override
  public List<StoredObject> list(String bucket, String prefix) throws BucketException {
    throw new BucketException(
        "TestState reads the mapItemReaderData of the request, not a listing");
  }

  @Override
  public void put(String bucket, String key, byte[] content) throws BucketException {
    throw new BucketException("TestState writes no results: the mock is the Map state's result");
  }
}
