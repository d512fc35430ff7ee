x = 'ab\Nx'
