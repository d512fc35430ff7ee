#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
# Traceback source lines are decoded with the coding cookie of line 2
# (line 1 being a comment), as linecache does: "é" is one character.


def lookup(table, key):
    return table["café"] + key  # été, üß


def run():
    return lookup({"cafe": 1}, 2)  # naïve


run()
