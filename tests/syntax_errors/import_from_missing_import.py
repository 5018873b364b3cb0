from os path
