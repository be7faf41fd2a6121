package org.blogsearch.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with stored fields kept uncompressed. Every search shows ten hits, and
 * decompressing their stored text was the largest single cost of a query; a blog's text is small
 * enough that the disk it saves does not matter. Found by name through {@code META-INF/services}.
 */
public final class BlogsearchCodec extends FilterCodec {

  static final String NAME = "Blogsearch1";

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "BlogsearchStoredFields", new Uncompressed(), 16 * 1024, 128, 10);

  public BlogsearchCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  /** Stores bytes as they are, so reading one document is one copy. */
  private static final class Uncompressed extends CompressionMode {
    @Override
    public Compressor newCompressor() {
      return new Compressor() {
        @Override
        public void compress(ByteBuffersDataInput buffersInput, DataOutput out) throws IOException {
          out.copyBytes(buffersInput, buffersInput.length());
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public Decompressor newDecompressor() {
      return new Decompressor() {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
            throws IOException {
          in.skipBytes(offset);
          bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
          in.readBytes(bytes.bytes, 0, length);
          bytes.offset = 0;
          bytes.length = length;
        }

        @Override
        public Decompressor clone() {
          return this;
        }
      };
    }

    @Override
    public String toString() {
      return "Uncompressed";
    }
  }
}
