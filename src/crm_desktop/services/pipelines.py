"""Pipelines and their ordered stages (win probability, rotting limit). No Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.text import clean
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Deal, Pipeline, Stage, StageHistory

# A new database's pipeline and the stages of a new pipeline, named in the reader's language
# through a ``translate`` function (``str``, the default, keeps the English names). Names
# once stored are the user's own: they are never translated again.
Translate = Callable[[str], str]
DEFAULT_PIPELINE = user_text("Sales")
# name, win probability %, rotting after N days
DEFAULT_STAGES = (
    (user_text("New lead"), 10, 7),
    (user_text("Contacted"), 25, 7),
    (user_text("Proposal sent"), 50, 14),
    (user_text("Negotiation"), 75, 14),
)


def default_stages(translate: Translate = str) -> tuple[tuple[str, int, int | None], ...]:
    return tuple((translate(name), p, r) for name, p, r in DEFAULT_STAGES)


@dataclass(frozen=True)
class StageInfo:
    id: int
    pipeline_id: int
    name: str
    position: int
    probability: int
    rotting_days: int | None


@dataclass(frozen=True)
class PipelineInfo:
    id: int
    name: str
    position: int
    archived: bool
    stages: tuple[StageInfo, ...]

    def stage(self, stage_id: int) -> StageInfo:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise NotFound("stage", stage_id)


def _stage_info(s: Stage) -> StageInfo:
    return StageInfo(s.id, s.pipeline_id, s.name, s.position, s.probability, s.rotting_days)


def _pipeline_info(p: Pipeline) -> PipelineInfo:
    stages = tuple(_stage_info(s) for s in sorted(p.stages, key=lambda s: (s.position, s.id)))
    return PipelineInfo(p.id, p.name, p.position, p.archived_at is not None, stages)


def ensure_default_pipeline(conn: Connection, translate: Translate = str) -> int | None:
    """Create the "Sales" pipeline with its four stages (names through ``translate``) if there
    is no pipeline at all.

    Returns the new pipeline's id, or None when a pipeline already existed."""
    if conn.scalar(select(func.count()).select_from(Pipeline)):
        return None
    pipeline_id = conn.execute(
        insert(Pipeline).values(name=translate(DEFAULT_PIPELINE), position=0, created_at=datetime.now(UTC))
    ).inserted_primary_key[0]
    conn.execute(
        insert(Stage),
        [
            {"pipeline_id": pipeline_id, "name": n, "position": i, "probability": p, "rotting_days": r}
            for i, (n, p, r) in enumerate(default_stages(translate))
        ],
    )
    return int(pipeline_id)


def _check_name(name: str, what: str) -> str:
    name = clean(name)
    if not name:
        message = (user_text("Enter a name for the stage.") if what == "stage"
                   else user_text("Enter a name for the pipeline."))
        raise ValidationError({"name": message})
    if len(name) > 200:
        message = (user_text("The stage name is too long (200 characters at most).") if what == "stage"
                   else user_text("The pipeline name is too long (200 characters at most)."))
        raise ValidationError({"name": message})
    return name


def _check_probability(value: int) -> int:
    if not 0 <= int(value) <= 100:
        raise ValidationError({"probability": user_text("The win probability must be between 0 and 100 %.")})
    return int(value)


def _check_rotting(value: int | None) -> int | None:
    if value is None or int(value) == 0:
        return None
    if not 1 <= int(value) <= 3650:
        raise ValidationError({"rotting_days": user_text("The rotting limit must be between 1 and 3650 days (0 for none).")})
    return int(value)


class PipelineService:
    def __init__(self, db: Database, hub: ChangeHub, translate: Translate = str):
        self.db = db
        self.hub = hub
        self.translate = translate  # names the default pipeline and stages

    # --- reads --------------------------------------------------------------------------

    def list(self, include_archived: bool = False) -> list[PipelineInfo]:
        stmt = select(Pipeline).order_by(Pipeline.position, Pipeline.id)
        if not include_archived:
            stmt = stmt.where(Pipeline.archived_at.is_(None))
        with self.db.reader() as s:
            return [_pipeline_info(p) for p in s.scalars(stmt)]

    def get(self, pipeline_id: int) -> PipelineInfo:
        with self.db.reader() as s:
            return _pipeline_info(self._load(s, pipeline_id))

    def default_id(self) -> int:
        """The first pipeline that is not archived (created if there is none)."""
        pipelines = self.list()
        if pipelines:
            return pipelines[0].id
        return self.create(self.translate(DEFAULT_PIPELINE))

    def stage(self, stage_id: int) -> StageInfo:
        with self.db.reader() as s:
            stage = s.get(Stage, stage_id)
            if stage is None:
                raise NotFound("stage", stage_id)
            return _stage_info(stage)

    def deal_count(self, stage_id: int) -> int:
        """How many deals (open, won or lost, not in the trash) are in this stage."""
        with self.db.reader() as s:
            return s.scalar(
                select(func.count()).select_from(Deal).where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
            ) or 0

    # --- pipelines ----------------------------------------------------------------------

    def ensure_default(self) -> int | None:
        with self.db.engine.begin() as conn:
            created = ensure_default_pipeline(conn, self.translate)
        if created is not None:
            self.hub.publish(Change.of("pipeline", created=[created]))
        return created

    def create(self, name: str, stages: Sequence[tuple[str, int, int | None]] | None = None) -> int:
        """A new pipeline with these stages (name, probability, rotting days); the default
        stages when none are given."""
        name = _check_name(name, "pipeline")
        if stages is None:
            stages = default_stages(self.translate)
        with self.db.session() as s:
            position = (s.scalar(select(func.max(Pipeline.position))) or 0) + 1
            pipeline = Pipeline(name=name, position=position)
            pipeline.stages = [
                Stage(name=_check_name(n, "stage"), position=i, probability=_check_probability(p),
                      rotting_days=_check_rotting(r))
                for i, (n, p, r) in enumerate(stages)
            ]
            s.add(pipeline)
            s.flush()
            new_id = pipeline.id
        self.hub.publish(Change.of("pipeline", created=[new_id]))
        return new_id

    def rename(self, pipeline_id: int, name: str) -> None:
        name = _check_name(name, "pipeline")
        with self.db.session() as s:
            self._load(s, pipeline_id).name = name
        self.hub.publish(Change.of("pipeline", updated=[pipeline_id]))

    def archive(self, pipeline_id: int, archived: bool = True) -> None:
        with self.db.session() as s:
            pipeline = self._load(s, pipeline_id)
            if archived:
                others = s.scalar(
                    select(func.count()).select_from(Pipeline)
                    .where(Pipeline.archived_at.is_(None), Pipeline.id != pipeline_id)
                )
                if not others:
                    raise ValidationError({"pipeline": user_text("This is the only pipeline left. Add another one before archiving it.")})
            pipeline.archived_at = datetime.now(UTC) if archived else None
        self.hub.publish(Change.of("pipeline", updated=[pipeline_id]))

    # --- stages -------------------------------------------------------------------------

    def add_stage(self, pipeline_id: int, name: str, probability: int = 0, rotting_days: int | None = None) -> int:
        name = _check_name(name, "stage")
        probability = _check_probability(probability)
        rotting_days = _check_rotting(rotting_days)
        with self.db.session() as s:
            self._load(s, pipeline_id)
            position = s.scalar(select(func.max(Stage.position)).where(Stage.pipeline_id == pipeline_id))
            stage = Stage(pipeline_id=pipeline_id, name=name, probability=probability,
                          rotting_days=rotting_days, position=(position if position is not None else -1) + 1)
            s.add(stage)
            s.flush()
            new_id = stage.id
        self.hub.publish(Change.of("pipeline", updated=[pipeline_id]))
        return new_id

    def update_stage(
        self,
        stage_id: int,
        name: str | None = None,
        probability: int | None = None,
        rotting_days: int | None | bool = False,
    ) -> None:
        """Change what is given. ``rotting_days=None`` (or 0) removes the limit; False keeps it."""
        with self.db.session() as s:
            stage = s.get(Stage, stage_id)
            if stage is None:
                raise NotFound("stage", stage_id)
            if name is not None:
                stage.name = _check_name(name, "stage")
            if probability is not None:
                stage.probability = _check_probability(probability)
            if rotting_days is not False:
                stage.rotting_days = _check_rotting(rotting_days)  # type: ignore[arg-type]
            pipeline_id = stage.pipeline_id
        self.hub.publish(Change.of("pipeline", updated=[pipeline_id]), Change.of("deal", reset=True))

    def reorder_stages(self, pipeline_id: int, stage_ids: Sequence[int]) -> None:
        with self.db.session() as s:
            pipeline = self._load(s, pipeline_id)
            current = {st.id: st for st in pipeline.stages}
            if set(stage_ids) != set(current) or len(stage_ids) != len(current):
                raise ValidationError({"stages": user_text("The stages changed meanwhile. Close the settings and try again.")})
            for position, stage_id in enumerate(stage_ids):
                current[stage_id].position = position
        self.hub.publish(Change.of("pipeline", updated=[pipeline_id]))

    def delete_stage(self, stage_id: int, move_deals_to: int | None = None) -> int:
        """Delete a stage. Its deals (open, won or lost) move to ``move_deals_to``, which is
        required when the stage holds deals. Returns how many deals moved."""
        now = datetime.now(UTC)
        with self.db.session() as s:
            stage = s.get(Stage, stage_id)
            if stage is None:
                raise NotFound("stage", stage_id)
            pipeline_id = stage.pipeline_id
            siblings = s.scalar(select(func.count()).select_from(Stage).where(Stage.pipeline_id == pipeline_id))
            if siblings <= 1:
                raise ValidationError({"stage": user_text("A pipeline needs at least one stage, so its last stage cannot be deleted.")})
            deal_ids = list(s.scalars(select(Deal.id).where(Deal.stage_id == stage_id)))
            target: Stage | None = None
            if deal_ids:
                if move_deals_to is None:
                    message = (user_text("“{stage}” holds 1 deal. Choose the stage to move it to.", stage=stage.name)
                               if len(deal_ids) == 1 else
                               user_text("“{stage}” holds {count} deals. Choose the stage to move them to.",
                                         stage=stage.name, count=len(deal_ids)))
                    raise ValidationError({"stage": message})
                target = s.get(Stage, move_deals_to)
                if target is None or target.id == stage_id or target.pipeline_id != pipeline_id:
                    raise ValidationError({"stage": user_text("Choose another stage of the same pipeline for its deals.")})
                top = s.scalar(select(func.max(Deal.position)).where(Deal.stage_id == target.id)) or 0.0
                s.execute(
                    update(StageHistory)
                    .where(StageHistory.deal_id.in_(deal_ids), StageHistory.stage_id == stage_id,
                           StageHistory.left_at.is_(None))
                    .values(left_at=now)
                )
                s.execute(
                    insert(StageHistory),
                    [{"deal_id": d, "pipeline_id": pipeline_id, "stage_id": target.id, "stage_name": target.name,
                      "entered_at": now} for d in deal_ids],
                )
                s.execute(
                    update(Deal)
                    .where(Deal.stage_id == stage_id)
                    .values(stage_id=target.id, stage_changed_at=now, position=Deal.position + top + 1,
                            version=Deal.version + 1)
                    .execution_options(synchronize_session=False)
                )
            s.delete(stage)
            s.flush()
            rest = s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id).order_by(Stage.position, Stage.id))
            for position, st in enumerate(rest):
                st.position = position
        self.hub.publish(Change.of("pipeline", updated=[pipeline_id]), Change.of("deal", updated=deal_ids))
        return len(deal_ids)

    def _load(self, s: Session, pipeline_id: int) -> Pipeline:
        pipeline = s.get(Pipeline, pipeline_id)
        if pipeline is None:
            raise NotFound("pipeline", pipeline_id)
        return pipeline
