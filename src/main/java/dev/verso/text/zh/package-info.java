/**
 * Chinese text analysis: sentence splitting, word segmentation, numerals, pinyin and anchors.
 *
 * <h2>Choosing the word segmenter</h2>
 *
 * <p>Three candidates were run on the same real text (seed 000's title and body, the first eight
 * lines of WMT21 newstest2021 zh, and three news-style sentences with names and numerals) on the
 * 2-core development machine:
 *
 * <table>
 *   <caption>Word segmentation compared</caption>
 *   <tr><th>segmenter</th><th>names</th><th>organisations</th><th>numerals</th><th>speed</th></tr>
 *   <tr><td>ICU4J 79.1 dictionary {@code BreakIterator}</td>
 *       <td>shredded: 习|近平, 王|炳|南, 费|孝通, 单|霁|翔, 曾|庆|红, 李|强, 张|雄</td>
 *       <td>shredded: 商务|部, 联合|会, 党|支部</td>
 *       <td>shredded: 两千|零|二十|三名, 二十|大, 十九|届, 五中|全会</td>
 *       <td>2–6 M chars/s (segmentation only)</td></tr>
 *   <tr><td>HanLP portable 1.8.6 ({@code HanLP.segment}, with its name recogniser)</td>
 *       <td>mostly whole (习近平, 王炳南, 单霁翔, 曾庆红, 欧阳修, 诸葛亮, 李强, 张雄) but 费孝|通</td>
 *       <td>whole: 商务部, 联合会, 党支部, 党委</td>
 *       <td>两千零二十三 whole, 五中全会 one token, 4月 one token</td>
 *       <td>0.23–0.47 M chars/s, an 8 MB jar, 0.2 s load</td></tr>
 *   <tr><td>CC-CEDICT dictionary segmentation (this package)</td>
 *       <td>whole: dictionary persons (习近平, 费孝通, 曾庆红, 欧阳修, 诸葛亮) plus a surname rule for
 *           names the dictionary leaves as single characters (王炳南, 单霁翔, 李强, 张雄)</td>
 *       <td>whole: 商务部, 联合会, 中心, 党委; 党建, 联学, 共建 are missing from CEDICT and come
 *           out as single characters unless a glossary names them</td>
 *       <td>numeral runs whole (两千零二十三), units split off (4|月|6|日, 十九|届) so anchors can read
 *           them in context</td>
 *       <td>about 1.2 M chars/s of CPU time including anchors (see {@code docs/text-analysis.md})</td></tr>
 * </table>
 *
 * <p>The CEDICT segmenter was chosen: it keeps what the metrics need whole, is as good as HanLP on
 * the names that matter here and better on 费孝通, runs several times faster, needs no further
 * dependency (CC-CEDICT is shipped for the bilingual lexicon anyway) and learns user terms from
 * glossaries. It is not a statistical segmenter: out-of-vocabulary words and names whose surname is
 * also a common word (高, 文, 方 …) are its weak side.
 *
 * <h2>How it works</h2>
 *
 * <ul>
 *   <li>{@link dev.verso.text.zh.ChineseSegmenter#sentences}: split after 。！？；… (and ! ? ;),
 *       keeping closing quotes and brackets with the sentence; every line break ends a segment.
 *   <li>{@link dev.verso.text.zh.ChineseSegmenter#tokens}: Latin and digit runs are single tokens;
 *       Han runs are segmented by dynamic programming (fewest words, then the longest first word)
 *       over the dictionary and glossary terms; runs of Chinese numerals compete as whole words; no
 *       word may cross a unit written after a number (年 月 日 号 时 分 秒 届 岁); then a surname followed
 *       by one or two characters the dictionary left single becomes a name (two-character
 *       dictionary words count only after or before a title such as 副部长, 同志).
 *   <li>{@link dev.verso.text.zh.ChineseAnchors}: numbers read in context (年 月 日 → dates, 届, 中全会,
 *       第, and 大 after 党/的 or before 精神/报告/… → ordinals, % and 百分之 → percentages, 元/美元/… → money,
 *       时/分 → clock times), parts of the day, names with pinyin, acronyms and Latin phrases, and
 *       organisations: the longest chain of adjacent noun-like words ending in an organisational
 *       suffix (部 司 局 委员会 联合会 协会 中心 办公室 …).
 *   <li>{@link dev.verso.text.zh.Pinyin}: ICU4J {@code Han-Latin/Names} for the surname and {@code
 *       Han-Latin} for the given name, read from {@link dev.verso.text.zh.PinyinTable} (generated
 *       from ICU4J) for the common blocks; alternative readings come from CC-CEDICT.
 * </ul>
 */
package dev.verso.text.zh;
