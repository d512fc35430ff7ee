x = f'{a:x}}y}'
