"""``make docs``: the API reference site of every generated package."""
