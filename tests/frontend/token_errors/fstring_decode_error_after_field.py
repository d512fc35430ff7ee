x = f'{a}\N{foo}'
