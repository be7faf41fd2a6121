package org.blogsearch.semantic.minilm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.EmbedderProvider;

/**
 * Quantized all-MiniLM-L6-v2 (384 dimensions) on ONNX Runtime: the model the add-on ships. Its native
 * libraries are unpacked to the folder it is given and loaded from there, the tokenizer's and JNA's
 * too, instead of the user's home and a new temp folder per start.
 */
public final class MiniLmProvider implements EmbedderProvider {

  private static final String MODEL = "all-minilm-l6-v2-q";
  private static final int DIMENSIONS = 384;
  private static final String ORT_NATIVES = "ai/onnxruntime/native/linux-x64/";

  @Override
  public Embedder open(Path natives, int threads) throws IOException {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new IOException("the add-on blogsearch-semantic.jar holds the model's native libraries for Linux x64"
          + " only, not for " + System.getProperty("os.name") + " " + arch);
    }
    Path onnxRuntime = natives.resolve("onnxruntime");
    unpack(ORT_NATIVES + "libonnxruntime.so", onnxRuntime);
    unpack(ORT_NATIVES + "libonnxruntime4j_jni.so", onnxRuntime);
    System.setProperty("onnxruntime.native.path", onnxRuntime.toString());
    // The tokenizer's library (through DJL) and JNA's would otherwise go under ~/.djl.ai and ~/.cache/JNA.
    System.setProperty("DJL_CACHE_DIR", natives.resolve("djl").toString());
    System.setProperty("ENGINE_CACHE_DIR", natives.resolve("djl").toString());
    System.setProperty("offline", "true");
    // DJL warns of a GPU it looks for and cannot use, and says where it unpacks; neither is the reader's concern.
    System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
    System.setProperty("jna.tmpdir", natives.resolve("jna").toString());
    Files.createDirectories(natives.resolve("jna"));
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "blogsearch");
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      OrtSession session = environment.createSession(resource(MODEL + ".onnx").readAllBytes(), options);
      OnnxBertBiEncoder encoder;
      try (InputStream tokenizer = resource(MODEL + "-tokenizer.json")) {
        encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      }
      return new MiniLm(new Encoder(encoder), session, natives);
    } catch (OrtException e) {
      throw new IOException("could not load the model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = MiniLmProvider.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the add-on blogsearch-semantic.jar lacks " + name + "; build it again");
    }
    return in;
  }

  /** Copies a library out of the jar, whole or not at all, so a process starting beside this one never loads half a file. */
  private static void unpack(String resource, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
    try (InputStream in = resource(resource)) {
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** The loaded model; one inference per call, on the caller's thread. */
  private record MiniLm(Encoder encoder, OrtSession session, Path natives) implements Embedder {

    @Override
    public float[] embed(String text) {
      return encoder.embed(TextSegment.from(text)).content().vector();
    }

    @Override
    public int dimensions() {
      return DIMENSIONS;
    }

    @Override
    public String model() {
      return MODEL;
    }

    @Override
    public void close() {
      try {
        session.close();
      } catch (OrtException e) {
        // Nothing is left to do with a session that would not close; the process ends soon after.
      }
      deleteQuietly(natives);
    }
  }

  /** langchain4j's pooling and normalization over our own session, run on the calling thread. */
  private static final class Encoder extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder bert;

    Encoder(OnnxBertBiEncoder bert) {
      super(Runnable::run);
      this.bert = bert;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return bert;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }

  /** The unpacked libraries stay mapped while loaded; their files are not needed once this process is done. */
  private static void deleteQuietly(Path folder) {
    try (var paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Left for the next start, which overwrites it.
    }
  }
}
