# Carets on a source line containing non-ASCII characters before the failing expression.
données = {"clé": "valeur"}
résumé = "naïve café ☕ " + données["clé"] + données["clef"]
