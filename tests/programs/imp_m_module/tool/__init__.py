print("tool package imported first:", __name__)
