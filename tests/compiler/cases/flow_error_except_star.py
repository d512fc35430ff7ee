# error case: python3.11 rejects this file at compile time.
for i in range(3):
    try:
        pass
    except* ValueError:
        if i:
            break
