"""Curated primary-care knowledge base, ICD-10-CM lookup and symptom retrieval (no Django)."""

from consult.knowledge.kb import Condition, data_hash, load_conditions

__all__ = ["Condition", "data_hash", "load_conditions"]
