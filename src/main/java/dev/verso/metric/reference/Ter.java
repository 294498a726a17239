package dev.verso.metric.reference;

import dev.verso.metric.reference.tokenize.PyStrings;
import dev.verso.metric.reference.tokenize.TercomTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TER exactly as sacreBLEU 2.x computes it: Tercom tokenization (lower-cased unless
 * case-sensitive), shifts plus edit distance with {@link TerAlgorithm}; with several references the
 * fewest edits over the references divided by the average reference length.
 *
 * <p>Statistics row: {@code [edits, average reference length]}. Lower is better.
 */
public final class Ter implements ReferenceScorer {
  private static final ThreadLocal<TerAlgorithm> ALGORITHM =
      ThreadLocal.withInitial(TerAlgorithm::new);

  private final TercomTokenizer tokenizer;
  private final boolean normalized;
  private final boolean noPunct;
  private final boolean asianSupport;
  private final boolean caseSensitive;

  /** A TER scorer with sacreBLEU's four switches (all false by default). */
  public Ter(boolean normalized, boolean noPunct, boolean asianSupport, boolean caseSensitive) {
    this.normalized = normalized;
    this.noPunct = noPunct;
    this.asianSupport = asianSupport;
    this.caseSensitive = caseSensitive;
    this.tokenizer = new TercomTokenizer(normalized, noPunct, asianSupport, caseSensitive);
  }

  /** sacreBLEU's defaults. */
  public Ter() {
    this(false, false, false, false);
  }

  @Override
  public String name() {
    return "TER";
  }

  @Override
  public List<String> statNames() {
    return List.of("edits", "ref_length");
  }

  @Override
  public Map<String, String> signatureFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("case", caseSensitive ? "mixed" : "lc");
    m.put("tok", tokenizer.signature());
    m.put("norm", normalized ? "yes" : "no");
    m.put("punct", noPunct ? "no" : "yes");
    m.put("asian", asianSupport ? "yes" : "no");
    return m;
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  private String[] words(String s) {
    return PyStrings.split(tokenizer.tokenize(PyStrings.rstrip(s)));
  }

  /** One segment's tokenized references. */
  private record Refs(List<String[]> words) {}

  @Override
  public Object prepare(List<String> references) {
    List<String[]> w = new ArrayList<>(references.size());
    for (String r : references) {
      w.add(words(r));
    }
    return new Refs(w);
  }

  @Override
  public double[] stats(String hypothesis, Object prepared) {
    List<String[]> refs = ((Refs) prepared).words();
    String[] hyp = words(hypothesis);
    Map<String, Integer> ids = new HashMap<>();
    int[] h = encode(hyp, ids);
    TerAlgorithm ter = ALGORITHM.get();
    long best = (long) 1e16;
    double refLengths = 0;
    for (String[] r : refs) {
      int edits = ter.edits(h, encode(r, ids));
      refLengths += r.length;
      if (edits < best) {
        best = edits;
      }
    }
    return new double[] {best, refLengths / refs.size()};
  }

  private static int[] encode(String[] words, Map<String, Integer> ids) {
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      Integer id = ids.get(words[i]);
      if (id == null) {
        id = ids.size();
        ids.put(words[i], id);
      }
      out[i] = id;
    }
    return out;
  }

  @Override
  public double score(double[] s) {
    double edits = s[0];
    double refLength = s[1];
    double score;
    if (refLength > 0) {
      score = edits / refLength;
    } else if (edits > 0) {
      score = 1.0;
    } else {
      score = 0.0;
    }
    return 100 * score;
  }

  @Override
  public double scoreFloat32(float[] s) {
    float edits = s[0];
    float refLength = s[1];
    if (refLength > 0) {
      return 100f * (edits / refLength);
    }
    return edits > 0 ? 100.0 : 0.0;
  }

  @Override
  public boolean float32Scores() {
    return true;
  }
}
