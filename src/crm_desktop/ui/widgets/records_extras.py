"""What the Contacts and Companies views add on top of the list: saved views, bulk edits
(undoable through services.bulk) and custom field columns. Mixed into RecordsView."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QInputDialog, QLineEdit, QMenu

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.saved_views import SavedViewInfo
from crm_desktop.ui import i18n, labels
from crm_desktop.ui.widgets.bulk_edit import BulkEditDialog, run_bulk
from crm_desktop.ui.widgets.record_model import CUSTOM_PREFIX, Column
from crm_desktop.ui.widgets.saved_view_banner import SavedViewControls

if TYPE_CHECKING:
    from crm_desktop.ui.widgets.records_view import RecordsView

    _Base = RecordsView
else:
    _Base = object


class RecordsExtras(_Base):
    """Needs from the view: ctx, KIND, texts, model, table, search, reload()."""

    def _init_extras(self) -> None:
        self.saved_views = SavedViewControls(self, self.KIND, lambda: (self.query_text(), ""))
        self.saved_views.shown.connect(self._on_saved_view_shown)
        self.saved_views.updated.connect(self._update_search_hint)
        self.save_view_button = self.saved_views.save_button
        self.save_view_button.setToolTip(self.texts["save_view_tip"])
        self.banner = self.saved_views.banner
        self.banner.edit_all.clicked.connect(lambda: self.bulk_edit(self.current_ids()))
        self.bulk.edit_field_clicked.connect(lambda: self.bulk_edit())
        self.model.fetch_custom = self._fetch_custom
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        self._custom_labels: dict[str, str] = {}
        shown = self.ctx.settings.value(f"{self.KIND}s/custom_columns", [])
        self._apply_custom_columns([str(k) for k in (shown if isinstance(shown, list) else [shown] if shown else [])])

    # --- saved views --------------------------------------------------------------------

    def current_ids(self) -> list[int]:
        """The records listed now when the list is narrowed by a saved view or a search (the
        export's "only those shown"); [] when everything is listed."""
        if self.saved_view is None and not self._loaded_query:
            return []
        return list(self.model.ids)

    @property
    def saved_view(self) -> SavedViewInfo | None:
        """The saved view shown (None: the whole list)."""
        return self.saved_views.info

    def show_child(self, view_id: int | None) -> None:
        """The sidebar chose a saved view of this kind (None: the plain list)."""
        self.saved_views.show(view_id)

    def show_saved_view(self, view_id: int | None) -> None:
        self.saved_views.show(view_id)

    def _on_saved_view_shown(self) -> None:
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_search_hint()
        self.reload(sync=True)

    def _update_search_hint(self) -> None:
        info = self.saved_view
        if info is not None:
            self.search.setPlaceholderText(self.tr("Search in “{name}”").format(name=info.name))
        else:
            self.search.setPlaceholderText(self.tr(self.SEARCH_HINT))

    def view_ids(self, sort: str, descending: bool, query: str) -> list[int]:
        """The ids to list: the search's, narrowed to the saved view when one is shown."""
        ordered = self.query_ids(sort, descending, query)
        if self.saved_view is None:
            return ordered
        keep = set(self.ctx.services.saved_views.ids(self.saved_view.spec))
        return [i for i in ordered if i in keep]

    def save_view(self) -> None:
        """Save the current search (or a copy of the saved view shown) as a new saved view."""
        self.saved_views.save()

    def edit_saved_view(self, view_id: int | None) -> None:
        self.saved_views.edit(view_id)

    def exec_dialog(self, dialog: Any) -> bool:
        """Run a modal dialog (tests replace this to fill it in instead)."""
        return bool(dialog.exec())

    # --- bulk edits -----------------------------------------------------------------------

    def bulk_edit(self, ids: Sequence[int] | None = None) -> None:
        ids = list(ids if ids is not None else self.selected_ids())
        if not ids:
            return
        dialog = BulkEditDialog(self.ctx, self.KIND, ids, self.describe(ids), parent=self)
        self.exec_dialog(dialog)

    def ask_tag(self, add: bool, count: int) -> str | None:
        """Ask which tag to add or remove (tests replace this)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add tag") if add else self.tr("Remove tag"))
        if add:
            dialog.setLabelText(self.count_text(count, "tag_add_one", "tag_add_many"))
        else:
            dialog.setLabelText(self.count_text(count, "tag_remove_one", "tag_remove_many"))
        dialog.setOkButtonText(self.tr("Add tag") if add else self.tr("Remove tag"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            completer = QCompleter(QStringListModel(self.ctx.services.tags.all_names()), dialog)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        if not dialog.exec():
            return None
        return dialog.textValue().strip() or None

    def bulk_tag(self, add: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name = self.ask_tag(add, len(ids))
        if not name:
            return
        what, entity, bulk = self.describe(ids), self.KIND, self.ctx.services.bulk
        if add:
            text, apply = self.tr("Add tag {tag} to {what}").format(tag=name, what=what), \
                lambda: bulk.add_tags(entity, ids, [name])
        else:
            text, apply = self.tr("Remove tag {tag} from {what}").format(tag=name, what=what), \
                lambda: bulk.remove_tags(entity, ids, [name])
        try:
            run_bulk(self.ctx, text, apply)
        except CrmError as exc:
            self.show_error(self.tr("Tags"), i18n.user_message(exc))

    # --- custom field columns -------------------------------------------------------------

    def _fetch_custom(self, key: str, ids: Sequence[int]) -> dict[int, str]:
        defn = next((d for d in self.ctx.services.custom_fields.fields(self.KIND) if d.key == key), None)
        if defn is None:
            return {}
        return {i: labels.custom_value(defn, v) for i, v in self.ctx.services.custom_fields.values_for(self.KIND, ids, key).items()}

    def _apply_custom_columns(self, keys: list[str]) -> None:
        defs = {d.key: d.label for d in self.ctx.services.custom_fields.fields(self.KIND)}
        keys = [k for k in dict.fromkeys(keys) if k in defs]
        if [c.key for c in self.model.columns[len(self.COLUMNS):]] == [CUSTOM_PREFIX + k for k in keys] \
                and all(self.model.headerData(len(self.COLUMNS) + i, Qt.Orientation.Horizontal) == defs[k]
                        for i, k in enumerate(keys)):
            return
        selected, current = self.selected_ids(), self.current_id()
        self._fitting = True  # not the user resizing
        try:
            self.model.set_custom_columns([Column(CUSTOM_PREFIX + k, defs[k], 120) for k in keys])
            for i in range(len(keys)):
                self.table.setColumnWidth(len(self.COLUMNS) + i, 120)
        finally:
            self._fitting = False
        self._fit_columns()
        self._select(selected, current, scroll_to=False)

    def shown_custom_columns(self) -> list[str]:
        return self.model.custom_keys()

    def set_custom_column(self, key: str, shown: bool) -> None:
        keys = [k for k in self.model.custom_keys() if k != key] + ([key] if shown else [])
        self._apply_custom_columns(keys)
        self.ctx.settings.setValue(f"{self.KIND}s/custom_columns", self.model.custom_keys())

    def _on_header_context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addSection(self.tr("Show columns"))
        defs = self.ctx.services.custom_fields.fields(self.KIND)
        shown = set(self.model.custom_keys())
        for defn in defs:
            action = QAction(defn.label, menu)
            action.setCheckable(True)
            action.setChecked(defn.key in shown)
            action.toggled.connect(lambda on, k=defn.key: self.set_custom_column(k, on))
            menu.addAction(action)
        if not defs:
            menu.addAction(self.tr("No custom fields yet (Tools ▸ Custom fields…)")).setEnabled(False)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _custom_fields_changed(self) -> None:
        self._apply_custom_columns(self.model.custom_keys())
