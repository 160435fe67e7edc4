import { TARGET_ANSWERED } from './operatingPoint.js';
import { INDEXED_ARTICLES } from './runSquadEval.js';
import type { SquadEvalReport } from './runSquadEval.js';

const pct = (value: number | null): string => (value === null || Number.isNaN(value) ? '' : value.toFixed(1));
const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const mrr = (value: number): string => (Number.isNaN(value) ? '' : value.toFixed(3).replace(/^0/, ''));

/** The eval as one Markdown table (engine vs baselines), then the abstention lines and notes. */
export function formatSquadReport(report: SquadEvalReport): string {
  const lines = [
    `SQuAD eval: ${report.paragraphs} paragraphs as articles (titles: ${report.titleMode}), ` +
      `${report.systems[0]?.questions ?? 0} of ${report.questionsInFile} questions`,
    '',
    '| | R@1 | R@5 | MRR | answer-in-excerpt | p50 / p99 ms | build ms |',
    '|---|---|---|---|---|---|---|',
    ...[...report.systems.slice(0, 1), ...report.engineByArticles, ...report.systems.slice(1)].map(
      (s) =>
        `| ${s.system} | ${pct(s.recallAt1)} | ${pct(s.recallAt5)} | ${mrr(s.mrr)} | ${pct(s.answerInExcerpt)} | ` +
        `${ms(s.p50Ms)} / ${ms(s.p99Ms)} | ${s.buildMs.toFixed(0)} |`,
    ),
    '',
    ...report.abstention.flatMap((a) => [
      `Abstention, ${a.system} (first ${a.indexedArticles} articles indexed, ${a.indexedParagraphs} paragraphs): ` +
        `declines ${pct(a.outOfCorpusDeclined)}% of ${a.outOfCorpusQuestions} out-of-corpus questions, ` +
        `answers ${pct(a.inCorpusAnswered)}% of ${a.inCorpusQuestions} in-corpus ones`,
      ...(a.atTarget
        ? [
            `  at the threshold answering >= ${TARGET_ANSWERED}% (answerConfidence >= ${a.atTarget.threshold.toPrecision(3)}): ` +
              `declines ${pct(a.atTarget.outOfCorpusDeclined)}%, answers ${pct(a.atTarget.inCorpusAnswered)}%`,
          ]
        : []),
    ]),
    '',
    ...report.systems.map((s) => `R@5/MRR for ${s.system}: ${s.ranking}`),
    'MRR is MRR@10. The ranking weights were fitted on the questions of the articles after the first ' +
      `${INDEXED_ARTICLES} (see data/fitted-model.json); the held-out row is the fair one.`,
    ...(report.systems.some((s) => s.system.includes('FTS5'))
      ? ["FTS5 excerpt sentences split by the engine's splitter."]
      : []),
  ];
  const over = report.systems.filter((s) => s.excerptsOverLimit > 0);
  for (const s of over)
    lines.push(`Warning: ${s.system} gave ${s.excerptsOverLimit} first excerpts over 300 chars.`);
  return lines.join('\n');
}
