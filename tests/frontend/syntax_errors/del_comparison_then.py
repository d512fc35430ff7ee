del D== .x
