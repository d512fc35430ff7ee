# global declarations: assignment, augmented assignment, del and creation from functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter

def create():
    global created
    created = "made in a function"

def delete():
    global created
    del created

def read_only():
    return counter * 10

def shadow():
    counter = "local"
    return counter

def nested_global():
    def inner():
        global counter
        counter = 100
    inner()

increment(); increment()
print(counter, read_only(), shadow(), counter)
create()
print(created)
delete()
print("created" in globals())
nested_global()
print(counter)
def several():
    global a, b
    a, b = 1, 2
    for a in range(3):
        pass
several()
print(a, b)
def global_in_loop_target():
    global item
    for item in "xyz":
        pass
global_in_loop_target()
print(item)
global module_level_global
module_level_global = 5
print(module_level_global)
