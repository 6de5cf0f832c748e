"""The document model: one object owns the network and emits signals; undo commands edit it."""

from playground.document.network_document import NetworkDocument, NodeRef

__all__ = ["NetworkDocument", "NodeRef"]
