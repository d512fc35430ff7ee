print(*a)
*a
