f =lamb lambda *, **k: 0
