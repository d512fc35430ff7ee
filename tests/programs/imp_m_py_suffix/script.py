print("script imported as", __name__)
