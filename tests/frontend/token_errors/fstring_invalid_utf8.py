x = f'{a}abö'
