# -*- coding: utf-8 -*-
s = "é"; x = (1 2)
