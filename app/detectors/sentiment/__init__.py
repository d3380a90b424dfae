"""negative_sentiment: complaint and public-opinion risk toward the insurer in inbound text.

Runs on comments and mentions (``content_types`` in detectors/sentiment.yaml). A linear model over
character n-grams (model.py, trained by scripts/train_sentiment.py) gives the probability that the
text is a complaint, accusation or escalation threat aimed at the insurer — not mere sadness: grief
in a claim story scores low, sarcasm (真是"好"保险) scores high. At or above the ruleset's threshold
it reports one finding per field: the whole text, or for long mentions the worst clause. The reason
class comes from the ruleset's cue words, else from the model; evidence lists the cue phrases.

:func:`score_comment` exposes the same scoring for the mentions/incident pipeline.
"""

from __future__ import annotations

from app.deadline import checkpoint
from app.detectors.base import DetectContext, Finding, Post
from app.detectors.sentiment.config import REASON_CLASSES, SentimentConfig, load_sentiment_config
from app.detectors.sentiment.model import SentimentModel, load_model
from app.detectors.sentiment.scoring import CommentScore, score_text, trimmed_span, worst_clause
from app.ruleset import load_default_ruleset
from app.taxonomy import Category

__all__ = [
    "REASON_CLASSES",
    "CommentScore",
    "SentimentConfig",
    "SentimentDetector",
    "load_sentiment_config",
    "score_comment",
]


def score_comment(text: str, config: SentimentConfig | None = None) -> tuple[float, str, tuple[str, ...]]:
    """(probability of opinion risk toward the insurer, reason class, cue phrases) for one text.

    ``config`` defaults to the packaged ruleset's sentiment settings (its reason cue words).
    The reason class is reported whatever the probability; callers apply their own threshold.
    """
    result = score_text(text, config or load_sentiment_config(load_default_ruleset()))
    return result.probability, result.reason, result.cues


class SentimentDetector:
    name = "sentiment"
    version = "1.0"
    categories = frozenset({Category.NEGATIVE_SENTIMENT.value})
    inline = True  # a linear model over n-grams, a checkpoint per field: no pool hop (app/engine.py)

    def __init__(self, model: SentimentModel | None = None) -> None:
        self._model = model

    def load(self) -> None:
        if self._model is None:
            self._model = load_model()

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        self.load()
        assert self._model is not None
        config = load_sentiment_config(ctx.ruleset)
        findings: list[Finding] = []
        for field_name, value in post.fields():
            checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
            finding = self._check_field(field_name, value, config, self._model)
            if finding is not None:
                findings.append(finding)
        return findings

    def _check_field(
        self, field_name: str, text: str, config: SentimentConfig, model: SentimentModel
    ) -> Finding | None:
        result = score_text(text, config, model)
        if result.probability < config.threshold:
            return None
        checkpoint()
        if len(text.strip()) > config.clause_span_min_chars:
            start, end = worst_clause(text, model)
        else:
            start, end = trimmed_span(text, 0, len(text))
        label = config.reason_labels.get(result.reason, result.reason)
        message = config.message.format(reason=result.reason, reason_label=label, score=result.probability)
        if result.escalation:
            message += f"；含升级投诉信号（{'、'.join(result.escalation)}）"
        return Finding(
            category=Category.NEGATIVE_SENTIMENT.value,
            start=start,
            end=end,
            text=text[start:end],
            detector=self.name,
            rule_id=f"sentiment.{result.reason}",
            severity=config.escalation_severity if result.escalation else config.severity,
            message=message,
            basis=config.basis,
            suggestion=config.suggestion,
            score=round(result.probability, 4),
            field=field_name,
            evidence=result.cues,
        )
