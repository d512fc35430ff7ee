# coding: utf-8
éé = 1 \ + 2
