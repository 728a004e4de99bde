"""Builds a tiny random-weight Llama that reuses the SmolLM2 tokenizer, for fast engine tests."""

from __future__ import annotations

from pathlib import Path


def build_tiny_model(dest: Path, tokenizer_dir: Path) -> Path:
    """Save a 2-layer, 64-wide random Llama plus the tokenizer from `tokenizer_dir` into `dest`."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=4096,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
        initializer_range=0.2,
    )
    torch.manual_seed(0)
    model = LlamaForCausalLM(config)
    with torch.no_grad():
        # A zero output row gives EOS a logit of exactly 0, below the argmax of ~49k random
        # logits, so greedy decoding never ends early and tests are predictable. The untied,
        # large-scale random head makes greedy output wander through the vocabulary instead
        # of repeating one token.
        model.get_output_embeddings().weight[tokenizer.eos_token_id].zero_()
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(dest, safe_serialization=True)
    tokenizer.save_pretrained(dest)
    return dest
