__all__ = ["public", "_exported_private"]
public = "public (in __all__)"
_exported_private = "private but listed in __all__"
not_listed = "not in __all__"
