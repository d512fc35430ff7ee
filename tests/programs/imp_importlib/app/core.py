def f(): return "core.f"
