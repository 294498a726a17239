"""Writes expected.json: sacreBLEU 2.6.0's numbers on the 16-segment excerpt in this folder and on
synthetic tokenizer cases. Run with sacreBLEU 2.6.0 and numpy 2.x installed:
    python make_expected.py
"""
import json, os
import numpy as np
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.significance import PairedTest
from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a
from sacrebleu.tokenizers.tokenizer_zh import TokenizerZh
from sacrebleu.tokenizers.tokenizer_intl import TokenizerV14International
from sacrebleu.tokenizers.tokenizer_char import TokenizerChar
from sacrebleu.tokenizers.tokenizer_ter import TercomTokenizer


def lines(name):
    with open(name, encoding='utf-8', newline='\n') as f:
        return [l.rstrip() for l in f]


ref = lines('ref.en')
sys_a = lines('sys_NiuTrans.en')
sys_b = lines('sys_DIDI-NLP.en')
# A second reference set: the other system's output, to exercise multi-reference code paths.
refs2 = [ref, sys_a]
out = {'segments': len(ref)}

configs = {
    'bleu': BLEU(), 'bleu_zh': BLEU(tokenize='zh'), 'bleu_intl': BLEU(tokenize='intl'),
    'bleu_char': BLEU(tokenize='char'), 'bleu_none': BLEU(tokenize='none'), 'bleu_lc': BLEU(lowercase=True),
    'bleu_floor': BLEU(smooth_method='floor'), 'bleu_addk': BLEU(smooth_method='add-k', smooth_value=0.5),
    'bleu_nosmooth': BLEU(smooth_method='none'),
    'chrf': CHRF(), 'chrfpp': CHRF(word_order=2), 'chrf_eps': CHRF(eps_smoothing=True),
    'chrf_lc_ws': CHRF(lowercase=True, whitespace=True),
    'ter': TER(), 'ter_all': TER(normalized=True, no_punct=True, asian_support=True, case_sensitive=True),
}
corpus = {}
for key, m in configs.items():
    s = m.corpus_score(sys_b, [ref])
    sig = str(m.get_signature())
    text = s.format(width=2, signature=sig)
    s2 = m.corpus_score(sys_b, refs2)
    corpus[key] = {'score': s.score, 'signature': sig, 'text': text, 'score_2refs': s2.score}
out['corpus'] = corpus

sentence = []
bleu_eff = BLEU(effective_order=True)
for i, (h, r) in enumerate(zip(sys_b, ref)):
    sentence.append({'line': i + 1,
                     'bleu': bleu_eff.sentence_score(h, [r]).score,
                     'chrf': CHRF().sentence_score(h, [r]).score,
                     'chrfpp': CHRF(word_order=2).sentence_score(h, [r]).score,
                     'ter': TER().sentence_score(h, [r]).score,
                     'ter_2refs': TER().sentence_score(h, [r, sys_a[i]]).score})
out['sentence'] = sentence

os.environ['SACREBLEU_SEED'] = '12345'
for test, n in (('bs', 1000), ('ar', 2000)):
    metrics = {'BLEU': BLEU(references=[ref]), 'CHRF': CHRF(references=[ref]), 'TER': TER(references=[ref])}
    ps = PairedTest([('NiuTrans', sys_a), ('DIDI-NLP', sys_b)], metrics, references=None,
                    test_type=test, n_samples=n)
    sigs, scores = ps()
    res = {}
    for metric, vals in scores.items():
        if metric == 'System':
            continue
        res[metric] = [{k: (None if v is None else float(v)) for k, v in r.__dict__.items()} for r in vals]
    out['paired_' + test] = {'n': n, 'results': res}

rng = np.random.default_rng(7)
out['rng_seed7'] = {'choice_10x5': rng.choice(10, size=(2, 5), replace=True).tolist()}
rng = np.random.default_rng(2**40 + 3)
out['rng_big_seed'] = {'seed': 2**40 + 3, 'choice_1000': rng.choice(1000, size=(1, 8), replace=True).tolist()[0]}
rng = np.random.default_rng(99)
out['rng_bool_seed99'] = rng.integers(2, size=(1, 70), dtype=bool).astype(int).tolist()[0]
a = np.random.default_rng(5).random(1000).astype(np.float32) * 100
out['pairwise_mean_f32'] = {'values': [float(x) for x in a], 'mean': float(a.mean()), 'sorted_mean': float(np.sort(a).mean())}

synthetic = [
    'He said: "It costs $5.50, or 3,000 yen."',
    'Prices rose 4.5%-5% in 2020-2021.',
    'The\u200bzero width space stays; the\u3000ideographic space and\u00a0no-break space split.',
    'Curly “quotes”, an em dash — and an ellipsis… are split by zh.',
    '中国人民银行（央行）宣布，将下调存款准备金率0.5个百分点。',
    'Mixed 中文 and English, with 𠀀 (Ext. B) and ｆｕｌｌ ｗｉｄｔｈ.',
    'R&amp;D &lt;b&gt; &quot;quoted&quot; <skipped> text.',
    '.5 starts with a period and ends with 3.',
    "It's the company's 10th year; it's here.",
    'ひらがなカタカナ、漢字。',
    'Ünïcödé — “intl” tokenizer: 5,000€ and ±3°C!',
]
toks = {'13a': Tokenizer13a(), 'zh': TokenizerZh(), 'intl': TokenizerV14International(), 'char': TokenizerChar()}
tercoms = {'ter_default': TercomTokenizer(), 'ter_norm_asian': TercomTokenizer(normalized=True, asian_support=True),
           'ter_nopunct_cs': TercomTokenizer(no_punct=True, case_sensitive=True, asian_support=True)}
out['tokenizers'] = [dict({'input': s}, **{k: t(s) for k, t in toks.items()},
                          **{k: t(s) for k, t in tercoms.items()}) for s in synthetic]

with open('expected.json', 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
