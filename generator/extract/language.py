"""Language detection (stub, replaced by the extraction work)."""


def detect_language(text: str, declared: str | None = None) -> str:
    return declared or "de"
