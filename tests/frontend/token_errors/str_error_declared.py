# coding: latin-1
é = '\N{foo}' + 1
