def café(naïve, 𝔵=1):
    résumé = naïve + 𝔵

    def ünder():
        return résumé

    return ünder
