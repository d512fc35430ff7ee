#!/usr/bin/python3
# -*- coding: klingon -*-
x = 1
