# error case: python3.11 rejects this file at compile time.
for i in range(3):
    def g():
        try:
            pass
        except ValueError as e:
            continue
