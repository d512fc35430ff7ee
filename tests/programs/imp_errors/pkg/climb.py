from ... import plain
