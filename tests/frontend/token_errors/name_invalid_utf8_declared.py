# coding: utf-8
abc = xöy
