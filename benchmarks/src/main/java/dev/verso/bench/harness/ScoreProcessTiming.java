package dev.verso.bench.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-process timing of {@code verso score} (JVM start-up included) on the 1,948 WMT21 segments:
 * runs the command several times as a fresh process and prints each wall time and the median.
 * Usage (from the project directory, after {@code mvn package}): {@code benchmarks/run.sh --harness
 * ScoreProcessTiming [runs] [launcher]}; the launcher defaults to {@code ./verso}.
 */
public final class ScoreProcessTiming {
  private ScoreProcessTiming() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String launcher = args.length > 1 ? args[1] : "./verso";
    Path dir = Path.of("..", "shared", "data", "mt-metrics");
    if (!Files.isDirectory(dir)) {
      System.err.println("no data at " + dir.toAbsolutePath());
      System.exit(2);
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                launcher, "score", "-r", dir.resolve("ref.en").toString(), "-i",
                dir.resolve("sys_DIDI-NLP.en").toString(), "-m", "bleu", "chrf", "ter", "-f", "text"));
    double[] secs = new double[runs];
    String output = "";
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(cmd)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectOutput(ProcessBuilder.Redirect.to(new File(i == 0 ? "target/score-timing.out" : "/dev/null")))
              .start();
      int code = p.waitFor();
      secs[i] = (System.nanoTime() - t0) / 1e9;
      if (code != 0) {
        System.err.println("exit code " + code);
        System.exit(1);
      }
      System.out.printf("run %d: %.3f s%n", i + 1, secs[i]);
    }
    double[] sorted = secs.clone();
    Arrays.sort(sorted);
    System.out.printf("median of %d: %.3f s (%s)%n", runs, sorted[runs / 2], String.join(" ", cmd));
    output = Files.readString(Path.of("target/score-timing.out"));
    System.out.print(output);
  }
}
